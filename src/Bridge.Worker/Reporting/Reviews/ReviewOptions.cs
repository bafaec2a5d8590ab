namespace Bridge.Worker.Reporting.Reviews;

/// <summary><c>Reporting:Reviews</c>.</summary>
public sealed class ReviewOptions
{
}
