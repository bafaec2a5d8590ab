using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>Who a step pages, and who or what it passed over with the reason.</summary>
internal sealed record StepPeople(IReadOnlyList<Person> People, IReadOnlyList<SkippedTarget> Skipped);
