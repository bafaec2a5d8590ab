using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>A registration that stays (same id, same target) but has a field to put right with a PATCH.</summary>
/// <param name="Entry">The registration as ConnectWise holds it.</param>
/// <param name="Operations">What to change, e.g. <c>isSelfSuppressedFlag</c> → true.</param>
internal sealed record CallbackUpdate(CallbackEntry Entry, IReadOnlyList<PatchOperation> Operations);
