namespace Bridge.Worker.Tests.Architecture;

/// <summary>One arrow between two types of the same assembly, both named in full (namespace + outermost type).</summary>
public sealed record TypeDependency(string From, string To);
