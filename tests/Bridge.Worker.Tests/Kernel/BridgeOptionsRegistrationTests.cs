using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Tests.Configuration;

public sealed class BridgeOptionsRegistrationTests
{
    private static readonly BridgeOptionsRegistration Storage = new(typeof(StorageOptions), "Storage", _ => new object());

    [Theory]
    [InlineData("Path: The StorageOptions.Path field is required.", "Storage:Path: The Storage:Path field is required.")]
    [InlineData("X: The field StorageOptions.Sub.X must be between 1 and 5.", "Storage:Sub:X: The field Storage:Sub:X must be between 1 and 5.")]
    [InlineData("Storage:Path: already names its key", "Storage:Path: already names its key")]
    [InlineData("Path: Storage:Path must be a file", "Storage:Path must be a file")]
    public void FormatFailure_GeneratedMessage_NamesTheConfigurationKey(string failure, string expected)
    {
        Assert.Equal(expected, Storage.FormatFailure(failure));
    }
}
