namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Seed 000's first question: was the event a real issue, one that could have waited, or one that did not exist?</summary>
public enum ReviewCause
{
    Real,
    CouldHaveWaited,
    DidNotExist,
}
