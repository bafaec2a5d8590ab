using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Engine;

/// <summary>What every stage needs besides its input and handler.</summary>
internal sealed record EngineServices(BridgeDatabase Database, StageCursorStore Cursors, ParkedItemStore Parked, IOptionsMonitor<EngineOptions> Options, StageWakeups Wakeups, TimeProvider Time, ILogger Logger);
