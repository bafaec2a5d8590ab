namespace Bridge.Sandbox.Callbacks;

/// <summary>The callback types ConnectWise knows and the levels each accepts (from its "PSA Callbacks" table).</summary>
internal static class CallbackLevels
{
    private static readonly Dictionary<string, string[]> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ticket"] = ["owner", "board", "project", "phase", "status", "ticket", "integratorTag"],
        ["time"] = ["owner", "company", "time"],
        ["schedule"] = ["owner", "status", "type", "location", "member", "schedule"],
        ["company"] = ["owner", "status", "type", "territory", "company", "integratorTag"],
        ["contact"] = ["owner", "type", "territory", "company", "contact"],
        ["project"] = ["owner", "board", "status", "project", "integratorTag"],
        ["opportunity"] = ["owner", "status", "type", "opportunity"],
        ["activity"] = ["owner", "status", "type", "activity"],
        ["agreement"] = ["owner", "type", "company", "agreement"],
        ["configuration"] = ["owner", "type", "status", "company", "configuration"],
        ["invoice"] = ["owner", "invoice"],
        ["expense"] = ["owner", "expense"],
        ["member"] = ["owner", "member"],
        ["productCatalog"] = ["owner", "productCatalog"],
        ["purchaseOrder"] = ["owner", "purchaseOrder"],
    };

    public static bool IsKnownType(string type) => Levels.ContainsKey(type);

    public static bool IsValid(string type, string level) =>
        Levels.TryGetValue(type, out var levels) && levels.Contains(level, StringComparer.OrdinalIgnoreCase);
}
