from django.db import models

from portal.text import unique_slug


class Department(models.Model):
    """A unit of the agency (phòng, ban, trung tâm): answers citizens' questions, appears in
    the organisation pages."""

    name = models.CharField("tên đơn vị", max_length=200)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True, blank=True)
    functions = models.TextField("chức năng, nhiệm vụ", blank=True)
    head_name = models.CharField("trưởng đơn vị", max_length=150, blank=True)
    address = models.CharField("địa chỉ", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_public = models.BooleanField("hiện trên trang Giới thiệu", default=True)

    class Meta:
        verbose_name = "đơn vị trực thuộc"
        verbose_name_plural = "đơn vị trực thuộc"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, Department.objects, exclude_pk=self.pk)
        super().save(*args, **kwargs)
