using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>The registrations to keep as they are, to delete, and to create.</summary>
internal sealed record CallbackPlan(IReadOnlyList<CallbackEntry> Keep, IReadOnlyList<CallbackEntry> Delete, IReadOnlyList<CallbackEntry> Create);
