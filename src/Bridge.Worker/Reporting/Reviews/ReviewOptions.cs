namespace Bridge.Worker.Reporting.Reviews;

/// <summary><c>Reporting:Reviews</c>: the post-incident review asked of whoever handled an incident.</summary>
public sealed class ReviewOptions
{
    /// <summary>Whether a resolved incident's handler is sent a review link. Off: no link is sent; the signed-in form still works.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a review link works, counted from when it was sent; opening it does not extend it.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The answered reviews a rule needs before "mostly could have waited" is judged (more than half of at least this many).</summary>
    public int MinimumAnswers { get; set; } = 3;
}
