using System.Text.RegularExpressions;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary><c>Reporting:ServiceDesk:HourKinds</c> compiled (or the defaults): the kind of a time entry, first matching rule first.</summary>
internal sealed class HourKindClassifier
{
    private readonly IReadOnlyList<(Regex? WorkType, Regex? ChargeToType, Regex? BillableOption, string Kind)> _rules;
    private readonly string _default;

    public HourKindClassifier(IEnumerable<HourKindRuleOptions> rules, string defaultKind)
    {
        var list = rules.ToList();
        _rules = (list.Count == 0 ? HourKinds.DefaultRules : list)
            .Where(r => HourKinds.Canonical(r.Kind) is not null)
            .Select(r => (NamePattern.Compile(r.WorkType), NamePattern.Compile(r.ChargeToType), NamePattern.Compile(r.BillableOption), HourKinds.Canonical(r.Kind)!))
            .ToList();
        _default = HourKinds.Canonical(defaultKind) ?? HourKinds.ManagedServices;
    }

    public static HourKindClassifier From(ServiceDeskOptions options) => new(options.HourKinds, options.DefaultHourKind);

    public string Classify(LoggedTime entry)
    {
        foreach (var (workType, chargeToType, billableOption, kind) in _rules)
        {
            if (NamePattern.Matches(workType, entry.WorkType) && NamePattern.Matches(chargeToType, entry.ChargeToType) && NamePattern.Matches(billableOption, entry.BillableOption))
            {
                return kind;
            }
        }

        return _default;
    }
}
