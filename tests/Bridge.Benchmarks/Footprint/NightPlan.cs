namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// A realistic MSP night, the same on every run (seeded): a ticket every 10–50 s (≈ 120 an hour). About 1 in 6 is a
/// P1 server outage at NorthwindDental (Included24x7) that pages at once; every other one is acknowledged from the
/// page 2–12 minutes later (and half of those closed 10–30 minutes after that), the rest are left to escalate on
/// their 5-minute repeats. The others wait for the morning: requests (P3/P4, Service Desk) and monitoring alerts
/// (Alerts board) for the three clients, three in four of them noted, assigned or closed by a technician later.
/// </summary>
/// <remarks>
/// The summaries avoid the shipped emergency keywords (<c>down</c>, <c>outage</c>, <c>not responding</c>, Fabrikam's
/// <c>POS</c>, which also matches inside words) and the type/subtype rules, so only the P1s page.
/// </remarks>
internal sealed record NightPlan(IReadOnlyList<NightTicket> Tickets, IReadOnlyList<NightEvent> Events)
{
    private static readonly string[] Technicians = ["anguyen", "bruiz", "cokafor", "dschmidt", "ejohansson"];

    private static readonly string[] Outages =
    [
        "NWD-DC01 not responding - nobody can log in",
        "File server NWD-FS01 offline, X-ray images unavailable",
        "Firewall NWD-FW01 rebooting every few minutes",
        "Practice management database not responding",
        "All workstations lost network at the Main St practice",
    ];

    private static readonly (string Summary, string Type, string SubType)[] Requests =
    [
        ("Outlook keeps asking for a password", "Email", "Configuration"),
        ("New starter needs an account on Monday", "Workstation", "Request"),
        ("Shared mailbox missing from Outlook", "Email", "Configuration"),
        ("Laptop battery swollen, needs a replacement", "Workstation", "Hardware Failure"),
        ("Teams calls drop after a few minutes", "Network", "Performance"),
        ("VPN slow from home", "Network", "Performance"),
        ("Please add Maria to the Finance group", "Workstation", "Request"),
        ("Scanner saves files to the wrong folder", "Workstation", "Configuration"),
    ];

    private static readonly (string Summary, string Type, string SubType)[] Monitors =
    [
        ("Backup job Nightly-Full failed on {0}", "Backup", "Backup Failure"),
        ("Disk C: above 90 % on {0}", "Server", "Disk Space"),
        ("CPU above 95 % for 15 minutes on {0}", "Server", "Performance"),
        ("Packet loss above 5 % on {0} uplink", "Network", "Performance"),
    ];

    private static readonly (string Company, string Device)[] Devices =
    [
        ("ContosoLaw", "CLAW-EXCH01"), ("ContosoLaw", "CLAW-SW01"), ("FabrikamRetail", "FAB-RTR01"), ("NorthwindDental", "NWD-WS12"),
    ];

    private static readonly (string Company, int FirstContact)[] Clients = [("NorthwindDental", 1), ("ContosoLaw", 3), ("FabrikamRetail", 5)];

    private static readonly string[] Notes =
    [
        "Called the client, left a voicemail; will follow up in the morning.",
        "Checked remotely: nothing urgent, scheduled for business hours.",
        "Client replied by email with more detail; attached to the ticket.",
    ];

    public int Emergencies => Tickets.Count(t => t.Pages);

    public static NightPlan Make(TimeSpan length, int seed)
    {
        var random = new Random(seed);
        var tickets = new List<NightTicket>();
        var events = new List<NightEvent>();
        var paged = 0;
        for (var at = Gap(random); at < length; at += Gap(random))
        {
            var index = tickets.Count;
            events.Add(new NightEvent(at, index, NightAction.Create));
            if (random.Next(6) == 0)
            {
                tickets.Add(new NightTicket("NorthwindDental", Pick(random, Outages), "Service Desk", 1, "Server", "Outage", random.Next(1, 3), Pages: true));
                if (++paged % 2 == 1)
                {
                    var acknowledged = at + Minutes(random, 2, 12);
                    events.Add(new NightEvent(acknowledged, index, NightAction.Acknowledge));
                    if (random.Next(2) == 0)
                    {
                        events.Add(new NightEvent(acknowledged + Minutes(random, 10, 30), index, NightAction.Close, Pick(random, Technicians)));
                    }
                }

                continue;
            }

            var ticket = random.Next(5) < 2 ? Monitor(random) : Request(random);
            tickets.Add(ticket);
            var later = at + Minutes(random, 2, 40);
            var technician = Pick(random, Technicians);
            switch (random.Next(4))
            {
                case 1:
                    events.Add(new NightEvent(later, index, NightAction.Note, technician, Pick(random, Notes)));
                    break;
                case 2:
                    events.Add(new NightEvent(later, index, NightAction.Assign, technician));
                    break;
                case 3:
                    events.Add(new NightEvent(later, index, NightAction.Close, technician));
                    break;
            }
        }

        return new NightPlan(tickets, events.Where(e => e.At < length).OrderBy(e => e.At).ToList());
    }

    private static NightTicket Request(Random random)
    {
        var (company, firstContact) = Pick(random, Clients);
        var (summary, type, subType) = Pick(random, Requests);
        return new NightTicket(company, summary, "Service Desk", random.Next(3, 5), type, subType, firstContact + random.Next(2), Pages: false);
    }

    private static NightTicket Monitor(Random random)
    {
        var (company, device) = Pick(random, Devices);
        var (summary, type, subType) = Pick(random, Monitors);
        return new NightTicket(company, string.Format(System.Globalization.CultureInfo.InvariantCulture, summary, device), NightTicket.Alerts, random.Next(3, 5), type, subType, null, Pages: false);
    }

    private static TimeSpan Gap(Random random) => TimeSpan.FromSeconds(random.Next(10, 51));

    private static TimeSpan Minutes(Random random, int from, int to) => TimeSpan.FromSeconds(random.Next(from * 60, to * 60 + 1));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
