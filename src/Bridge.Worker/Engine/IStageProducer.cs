namespace Bridge.Worker.Engine;

/// <summary>A handler that stores items for a further stage: the name of that input, woken after each commit.</summary>
internal interface IStageProducer
{
    string Output { get; }
}
