from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from portal import pagecache

from .models import ScheduleEntry


def schedule_copy_to_next_week(*, entries, user):
    """Copy schedule entries seven days later as unpublished drafts; returns the copies.

    A recurring meeting is typed once; the copies wait for someone to check and publish them.
    An entry already copied (same day, session, time and content) is not copied twice.
    """
    copies = []
    with transaction.atomic():
        for entry in entries:
            target = {
                "date": entry.date + timedelta(days=7),
                "session": entry.session,
                "start_time": entry.start_time,
                "content": entry.content,
            }
            if ScheduleEntry.objects.filter(**target).exists():
                continue
            copy = ScheduleEntry(
                **target,
                end_time=entry.end_time,
                leader_id=entry.leader_id,
                chair_text=entry.chair_text,
                participants=entry.participants,
                location=entry.location,
                notes=entry.notes,
                is_published=False,
                created_by=user,
                updated_by=user,
            )
            copy.full_clean()
            copy.save()
            copies.append(copy)
    return copies


def schedule_set_published(*, entries, published, user):
    """Publish or withdraw entries, stamping who did it; returns how many changed."""
    count = (
        ScheduleEntry.objects.filter(pk__in=[entry.pk for entry in entries])
        .exclude(is_published=published)
        .update(is_published=published, updated_by=user, updated_at=timezone.now())
    )
    if count:
        pagecache.changed()  # update() sends no signal
    return count
