namespace Bridge.Worker.Engine;

/// <summary>
/// What an admin does about a parked item once its cause is fixed: retry it (the stage works it once more, now), or
/// dismiss it (kept, with why). Each is recorded on the item with when, so the parked list says what became of it.
/// </summary>
internal sealed class ParkedItemAdmin(ParkedItemStore parked, IEnumerable<IRetriesParked> modules, StageRegistry stages, TimeProvider time)
{
    public async Task<ParkedAdminResult> RetryAsync(int id, CancellationToken cancellationToken)
    {
        if (parked.Get(id) is not { } item)
        {
            return new ParkedAdminResult(false, $"There is no parked item {id}.");
        }

        if (!item.IsOpen)
        {
            return new ParkedAdminResult(false, $"Parked item {id} was {item.State} already: {item.Resolution}");
        }

        var module = modules.Concat(stages.All.OfType<IRetriesParked>()).FirstOrDefault(m => m.Name == item.Stage);
        if (module is null)
        {
            return new ParkedAdminResult(false, $"Parked item {id} belongs to {item.Stage}, which this bridge no longer runs.");
        }

        if (await module.RetryAsync(item.Position, cancellationToken) is { } failure)
        {
            return new ParkedAdminResult(false, $"Parked item {id} ({item.Stage}: {item.Item}) failed again: {failure}. It stays parked.");
        }

        Resolve(item, ParkedStates.Retried, $"retried by an admin; the stage took it (was: {item.Reason})");
        return new ParkedAdminResult(true, $"Parked item {id} ({item.Stage}: {item.Item}) was retried{(item.Stage == "delivery" ? "; the page is sent on its lane now" : " and taken")}.");
    }

    public ParkedAdminResult Dismiss(int id, string? reason)
    {
        if (parked.Get(id) is not { } item)
        {
            return new ParkedAdminResult(false, $"There is no parked item {id}.");
        }

        if (!item.IsOpen)
        {
            return new ParkedAdminResult(false, $"Parked item {id} was {item.State} already: {item.Resolution}");
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim();
        Resolve(item, ParkedStates.Dismissed, $"dismissed by an admin: {why}");
        return new ParkedAdminResult(true, $"Parked item {id} ({item.Stage}: {item.Item}) dismissed; it will not be worked.");
    }

    private void Resolve(ParkedItem item, string state, string resolution)
    {
        item.State = state;
        item.Resolution = resolution;
        item.ResolvedAt = time.GetUtcNow();
        parked.Update(item);
    }
}
