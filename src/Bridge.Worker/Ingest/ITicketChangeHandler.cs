namespace Bridge.Worker.Ingest;

/// <summary>
/// The next stage after ingest (routing, …). Every registered handler gets every change, in the order the
/// changes were stored; a change is handed over again after a crash or a throw, so a handler must tolerate
/// seeing a <see cref="TicketChange.Key"/> twice. Register with
/// <c>services.TryAddEnumerable(ServiceDescriptor.Singleton&lt;ITicketChangeHandler, MyHandler&gt;())</c>.
/// </summary>
public interface ITicketChangeHandler
{
    Task HandleAsync(TicketChange change, CancellationToken ct);
}
