namespace Bridge.Worker.Tests.Architecture;

/// <summary>The reader over this test assembly's planted folders (<c>Planted/Alpha.cs</c>, <c>Planted/Beta.cs</c>).</summary>
public sealed class TypeReferenceReaderTests
{
    private const string Root = "Bridge.Worker.Tests.Architecture.Planted";

    private static readonly Lazy<IReadOnlyList<TypeDependency>> Planted =
        new(() => TypeReferenceReader.Read(typeof(TypeReferenceReaderTests).Assembly.Location, Root));

    [Theory]
    [InlineData("ViaFullyQualifiedNameInBody", "Target")]
    [InlineData("ViaStaticCall", "Target")]
    [InlineData("ViaProperty", "Target")]
    [InlineData("ViaGenericType", "Target")]
    [InlineData("ViaBaseType", "Target")]
    [InlineData("ViaInterface", "IMarker")]
    [InlineData("ViaAttribute", "MarkAttribute")]
    [InlineData("ViaGenericMethodArgument", "Target")]
    [InlineData("ViaLambda", "Target")]
    [InlineData("ViaAsyncStateMachine", "Target")]
    [InlineData("ViaCatch", "PlantedException")]
    [InlineData("ViaTypeofInAttribute", "Target")]
    [InlineData("ViaGenericTypeofInAttribute", "Target")]
    [InlineData("ViaMethodSignature", "Target")]
    [InlineData("ViaLocal", "Target")]
    public void Read_PlantedReference_IsFoundAndNamedByTheOuterType(string alphaType, string betaType)
    {
        Assert.Contains(new TypeDependency($"{Root}.Alpha.{alphaType}", $"{Root}.Beta.{betaType}"), Planted.Value);
    }

    [Fact]
    public void Read_TypeUsingOnlyItsOwnFolder_HasNoArrowToAnotherFolder()
    {
        var fromAlone = Planted.Value.Where(d => d.From == $"{Root}.Alpha.Alone").ToList();

        Assert.Equal([new TypeDependency($"{Root}.Alpha.Alone", $"{Root}.Alpha.ViaStaticCall")], fromAlone);
    }

    [Fact]
    public void Read_CompilerGeneratedTypes_AreNeverNamedAsTypes()
    {
        Assert.DoesNotContain(Planted.Value, d => d.From.Contains('<', StringComparison.Ordinal) || d.To.Contains('<', StringComparison.Ordinal));
    }
}
