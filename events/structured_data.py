"""schema.org Event of an event page, as JSON-LD (core's json_ld tag)."""

from .models import Attendance, EventStatus

ATTENDANCE_MODES = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.MIXED: "https://schema.org/MixedEventAttendanceMode",
}
EVENT_STATUSES = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def event_data(event, organiser, request):
    url = request.build_absolute_uri(event.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "inLanguage": event.locale.language_code,
        "startDate": event.local_start.isoformat(),
        "eventAttendanceMode": ATTENDANCE_MODES[event.attendance],
        "eventStatus": EVENT_STATUSES[event.status],
    }
    if event.end:
        data["endDate"] = event.local_end.isoformat()
    locations = []
    if event.attendance != Attendance.ONLINE:
        place = {"@type": "Place", "name": event.place or event.address}
        if event.address:
            place["address"] = event.address
        locations.append(place)
    if event.attendance != Attendance.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if organiser:
        data["organizer"] = {
            "@type": "CollegeOrUniversity",
            "name": organiser.title,
            "url": request.build_absolute_uri(organiser.get_url(request)),
        }
    if event.audience:
        data["audience"] = {"@type": "Audience", "audienceType": event.audience}
    return data
