namespace Hub.Web.Events;

public sealed record Attendance(int CheckedIn);
