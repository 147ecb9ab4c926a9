import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class DocumentStorage(FileSystemStorage):
    """Document files, kept outside MEDIA_ROOT and served only by the download view.

    The folder follows settings.DOCUMENTS_ROOT, also when a test or a deployment changes it
    after start-up (Django builds a field's storage once, when the model is loaded).
    """

    @cached_property
    def base_location(self):
        return settings.DOCUMENTS_ROOT

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "DOCUMENTS_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NotImplementedError("Document files are served by documents:download only.")


storage = DocumentStorage()
