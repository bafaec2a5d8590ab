using System.Runtime.InteropServices;
using Bridge.Sandbox;

SandboxCommandLine commandLine;
try
{
    commandLine = SandboxCommandLine.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (commandLine.Help)
{
    Console.WriteLine(SandboxCommandLine.Usage);
    return 0;
}

SandboxServer server;
try
{
    server = await SandboxServer.StartAsync(commandLine.Options);
}
catch (Exception ex) when (ex is IOException or ArgumentException)
{
    Console.Error.WriteLine($"The sandbox could not start: {ex.Message}");
    return 1;
}

await using (server)
{
    var options = server.Options;
    Console.WriteLine($"""
        ConnectWise sandbox listening
          Base URL     {server.BaseAddress}
          API base     {server.ApiBaseAddress}
          Company id   {options.CompanyId}
          Public key   {options.PublicKey}
          Private key  {options.PrivateKey}
          clientId     {options.ClientId}
          Header       Authorization: {server.AuthorizationHeaderValue}
          Signing key  {options.CallbackSigningKey}
          Control      {server.ControlAddress}  (no auth: tickets, callbacks, requests, faults, reset)
          Tickets      {server.State.TicketCount} service and {server.State.ProjectTickets.Count} project tickets seeded
        Try: curl -H 'Authorization: {server.AuthorizationHeaderValue}' -H 'clientId: {options.ClientId}' '{server.ApiBaseAddress}service/tickets?pageSize=5'
        Press Ctrl+C to stop.
        """);

    if (!commandLine.Quiet)
    {
        server.Requests.Logged += r => Console.WriteLine($"{r.Timestamp:HH:mm:ss} {r.Method,-6} {r.Path}{r.QueryString} -> {r.StatusCode}");
    }

    var stopped = new TaskCompletionSource();
    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stopped.TrySetResult();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    await stopped.Task;
    Console.WriteLine("Stopping.");
}

return 0;
