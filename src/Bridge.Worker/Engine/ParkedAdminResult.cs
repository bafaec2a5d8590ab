namespace Bridge.Worker.Engine;

/// <summary>What came of an admin's retry or dismissal of a parked item, in words.</summary>
internal sealed record ParkedAdminResult(bool Done, string Message);
