namespace Bridge.Worker.Engine;

/// <summary>Every stage of the engine and every module's backlog, in the order they were registered.</summary>
internal sealed class StageRegistry(IEnumerable<IStage> stages, IEnumerable<IStageSource> sources, IEnumerable<IBacklog> others)
{
    private readonly Lazy<IReadOnlyList<IStage>> _all = new(() => sources.SelectMany(s => s.Stages).Concat(stages).ToList());

    public IReadOnlyList<IStage> All => _all.Value;

    public IEnumerable<IBacklog> Backlogs => All.Cast<IBacklog>().Concat(others);

    /// <summary>Items stored and not yet worked, over every module.</summary>
    public int CountBehind() => Backlogs.Sum(b => b.CountBehind());
}
