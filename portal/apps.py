from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_save, pre_save

        from . import models, pagecache, signals  # noqa: F401

        pagecache.connect()

        # The role log (portal.models.RoleChange): an audit record, not a side effect a
        # service could own, since roles change from Django's own user admin too.
        User = get_user_model()
        m2m_changed.connect(
            models.record_group_change, sender=User.groups.through, dispatch_uid="role-log-groups"
        )
        pre_save.connect(models.remember_role_flags, sender=User, dispatch_uid="role-log-before")
        post_save.connect(models.record_role_flags, sender=User, dispatch_uid="role-log-after")
