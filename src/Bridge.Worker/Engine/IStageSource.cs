namespace Bridge.Worker.Engine;

/// <summary>Stages known only when the container is built (one per registered handler of an input).</summary>
internal interface IStageSource
{
    IEnumerable<IStage> Stages { get; }
}
