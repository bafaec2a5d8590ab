using Bridge.Worker.Kernel;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Turns <see cref="OnCallOptions"/> into an <see cref="OnCallModel"/>, collecting every problem as one
/// line that starts with its key (<c>OnCall:Schedules:0:Layers:1:Handoff …</c>). The validator and
/// the running service use the same compiler, so what validates is exactly what runs.
/// </summary>
internal static class OnCallModelCompiler
{
    private const string Section = OnCallOptions.SectionName;

    public static (OnCallModel Model, IReadOnlyList<string> Problems) Compile(OnCallOptions options)
    {
        var problems = new List<string>();
        var people = CompilePeople(options.People, problems);
        var roles = CompileRoles(options.Roles, people, problems);
        var schedules = ScheduleCompiler.Compile(options.Schedules, people, problems);
        return (new OnCallModel(people, roles, schedules), problems);
    }

    private static Dictionary<string, Person> CompilePeople(List<PersonOptions> entries, List<string> problems)
    {
        var people = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = $"{Section}:People:{i}";
            var member = entry.Member?.Trim() ?? "";
            if (member.Length == 0)
            {
                problems.Add($"{key}:Member is required (the ConnectWise member identifier, e.g. jsmith).");
                continue;
            }

            if (people.ContainsKey(member))
            {
                problems.Add($"{key}:Member '{member}' is listed twice in {Section}:People.");
                continue;
            }

            var zone = string.IsNullOrWhiteSpace(entry.TimeZone) ? "UTC" : entry.TimeZone.Trim();
            if (TimeZoneResolver.Find(zone) is not { } found)
            {
                problems.Add($"{key}:TimeZone '{entry.TimeZone}' is not a known time zone (use an IANA id like America/New_York).");
            }
            else
            {
                zone = found.Id;
            }

            var contacts = new List<ContactMethod>();
            for (var c = 0; c < entry.Contacts.Count; c++)
            {
                var contact = entry.Contacts[c];
                if (!Enum.TryParse<ContactKind>(contact.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(contact.Kind, out _))
                {
                    problems.Add($"{key}:Contacts:{c}:Kind '{contact.Kind}' must be one of {string.Join(", ", Enum.GetNames<ContactKind>())}.");
                }
                else if (string.IsNullOrWhiteSpace(contact.Address))
                {
                    problems.Add($"{key}:Contacts:{c}:Address is required for a {kind} contact.");
                }
                else
                {
                    contacts.Add(new ContactMethod(kind, contact.Address.Trim()));
                }
            }

            var name = string.IsNullOrWhiteSpace(entry.Name) ? member : entry.Name.Trim();
            people[member] = new Person(member, name, zone, contacts);
        }

        return people;
    }

    private static Dictionary<string, IReadOnlyList<Person>> CompileRoles(
        Dictionary<string, List<string>> entries, Dictionary<string, Person> people, List<string> problems)
    {
        var roles = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, members) in entries)
        {
            var holders = new List<Person>();
            for (var i = 0; i < members.Count; i++)
            {
                if (ResolvePerson(members[i], people) is { } person)
                {
                    holders.Add(person);
                }
                else
                {
                    problems.Add($"{Section}:Roles:{role}:{i} names '{members[i]}', who is not in {Section}:People.");
                }
            }

            roles[role] = holders;
        }

        return roles;
    }

    public static Person? ResolvePerson(string? member, IReadOnlyDictionary<string, Person> people) =>
        member is not null && people.TryGetValue(member.Trim(), out var person) ? person : null;
}
