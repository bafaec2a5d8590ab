namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Seed 000's second question: did the alert reach the right person, was it missed, or could they not handle it?</summary>
public enum ReviewReach
{
    RightPerson,
    Missed,
    CouldNotHandle,
}
