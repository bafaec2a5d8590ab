using Bridge.Install.Tests;

namespace Bridge.Browser.Tests.Support;

/// <summary>Where the browser tests leave their screenshots: <c>artifacts/screenshots/</c> under the repository root (CI keeps <c>artifacts/</c>).</summary>
internal static class Screenshots
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(RepositoryRoot.File("artifacts", "screenshots")).FullName;

    public static string PathOf(string name) => Path.Combine(Directory, name + ".png");
}
