namespace Hub.Web.Events;

internal sealed record Attendance(int CheckedIn);
