import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class QuestionFileStorage(FileSystemStorage):
    """Citizens' attachments, kept outside MEDIA_ROOT and served only to staff by a view.

    The folder follows settings.QA_FILES_ROOT, also when a test or a deployment changes it
    after start-up (Django builds a field's storage once, when the model is loaded).
    """

    @cached_property
    def base_location(self):
        return settings.QA_FILES_ROOT

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "QA_FILES_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NotImplementedError("Question attachments are served by the admin view only.")


storage = QuestionFileStorage()
