namespace Bridge.Worker.Routing.Rules;

/// <summary>A client's contract and where it was configured.</summary>
internal sealed record ClientContract(ContractKind Kind, decimal AfterHoursMultiplier, string ConfigKey);
