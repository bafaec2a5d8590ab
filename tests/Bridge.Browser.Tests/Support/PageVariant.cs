using Microsoft.Playwright;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// One of the four ways a page is checked: light or dark, on a desktop (1280×800) or a phone (390×844). Use
/// <see cref="All"/> as theory data (<c>[MemberData(nameof(PageVariant.All), MemberType = typeof(PageVariant))]</c>)
/// and <see cref="OpenAsync"/> to open a page in one.
/// </summary>
public sealed record PageVariant(string Name, int Width, int Height, ColorScheme ColorScheme)
{
    public static PageVariant DesktopLight { get; } = new("desktop-light", 1280, 800, ColorScheme.Light);

    public static PageVariant DesktopDark { get; } = new("desktop-dark", 1280, 800, ColorScheme.Dark);

    public static PageVariant PhoneLight { get; } = new("phone-light", 390, 844, ColorScheme.Light);

    public static PageVariant PhoneDark { get; } = new("phone-dark", 390, 844, ColorScheme.Dark);

    public static IReadOnlyList<PageVariant> Variants { get; } = [DesktopLight, DesktopDark, PhoneLight, PhoneDark];

    /// <summary>The variants' names as xunit theory data (a name serialises; the record is found again by <see cref="Named"/>).</summary>
    public static TheoryData<string> All { get; } = new(Variants.Select(v => v.Name));

    public static PageVariant Named(string name) => Variants.Single(v => v.Name == name);

    /// <summary>
    /// A fresh page in this variant (from <paramref name="newPage"/>: a fixture's signed-in page, or
    /// <see cref="ChromiumBrowser.NewPageAsync"/>), gone to <paramref name="url"/> and loaded.
    /// </summary>
    public async Task<IPage> OpenAsync(Func<int, int, ColorScheme, Task<IPage>> newPage, string url)
    {
        var page = await newPage(Width, Height, ColorScheme);
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status} in {Name}.");
        return page;
    }

    /// <summary>
    /// Opens <paramref name="url"/> in every variant, keeps a full-page screenshot of each (<c>{name}-{variant}.png</c>)
    /// and checks each with <see cref="AxeCheck"/>; fails once, listing every variant's violations.
    /// </summary>
    public static async Task AssertAccessibleEverywhereAsync(Func<int, int, ColorScheme, Task<IPage>> newPage, string url, string name)
    {
        var failures = new List<string>();
        foreach (var variant in Variants)
        {
            var page = await variant.OpenAsync(newPage, url);
            await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"{name}-{variant.Name}"), FullPage = true });
            var result = await AxeCheck.RunAsync(page);
            if (result.Violations.Length > 0)
            {
                failures.Add(AxeCheck.Describe($"{name} ({variant.Name})", result));
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public override string ToString() => Name;
}
