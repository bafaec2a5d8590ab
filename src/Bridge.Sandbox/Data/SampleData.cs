namespace Bridge.Sandbox.Data;

/// <summary>
/// A small MSP: a Service Desk, an Alerts and a Projects board, P1–P4 priorities, three clients on different
/// contracts (24x7 included, after-hours billable, business hours only), technicians plus the escalation chain,
/// a few open tickets, and two project tickets (a P1 among them, which a bridge that reads only service tickets
/// must leave alone).
/// </summary>
internal static class SampleData
{
    public const string ServiceDesk = "Service Desk";
    public const string Alerts = "Alerts";
    public const string Projects = "Projects";

    public static void Seed(SandboxState state)
    {
        SeedMembers(state);
        SeedBoards(state);
        SeedPriorities(state);
        SeedCompanies(state);
        SeedWork(state);
        SeedTickets(state);
    }

    private static void SeedMembers(SandboxState state)
    {
        state.AddMember("anguyen", "Anh", "Nguyen", "anguyen@bridgedemo.example", "Service Technician", mobilePhone: "+1-555-0201");
        state.AddMember("bruiz", "Beatriz", "Ruiz", "bruiz@bridgedemo.example", "Service Technician", mobilePhone: "+1-555-0202");
        state.AddMember("cokafor", "Chidi", "Okafor", "cokafor@bridgedemo.example", "Network Engineer", mobilePhone: "+1-555-0203");
        state.AddMember("dschmidt", "Dana", "Schmidt", "dschmidt@bridgedemo.example", "Service Technician", "US Central", "+1-555-0204");
        state.AddMember("ejohansson", "Erik", "Johansson", "ejohansson@bridgedemo.example", "Systems Engineer", mobilePhone: "+1-555-0205");
        state.AddMember("fpatel", "Farah", "Patel", "fpatel@bridgedemo.example", "Dispatcher", mobilePhone: "+1-555-0206");
        state.AddMember("gmoreau", "Gabriel", "Moreau", "gmoreau@bridgedemo.example", "Service Manager", mobilePhone: "+1-555-0207");
        state.AddMember("hwalker", "Helen", "Walker", "hwalker@bridgedemo.example", "Service Director", mobilePhone: "+1-555-0208");
    }

    private static void SeedBoards(SandboxState state)
    {
        state.AddBoard(ServiceDesk);
        state.AddBoard(Alerts);
        state.AddBoard(Projects, projectFlag: true);

        state.AddBoardStatus(ServiceDesk, "New", isDefault: true);
        state.AddBoardStatus(ServiceDesk, "Assigned", escalationStatus: "Responded");
        state.AddBoardStatus(ServiceDesk, "In Progress", escalationStatus: "Responded");
        state.AddBoardStatus(ServiceDesk, "Waiting Client", escalationStatus: "Responded");
        state.AddBoardStatus(ServiceDesk, "Scheduled", escalationStatus: "ResolutionPlan");
        state.AddBoardStatus(ServiceDesk, "Completed", closed: true, timeEntryNotAllowed: true, escalationStatus: "Resolved");
        state.AddBoardStatus(ServiceDesk, "Closed", closed: true, timeEntryNotAllowed: true, escalationStatus: "Resolved");

        state.AddBoardStatus(Alerts, "New", isDefault: true);
        state.AddBoardStatus(Alerts, "Acknowledged", escalationStatus: "Responded");
        state.AddBoardStatus(Alerts, "In Progress", escalationStatus: "Responded");
        state.AddBoardStatus(Alerts, "Resolved", closed: true, escalationStatus: "Resolved");
        state.AddBoardStatus(Alerts, "Closed", closed: true, timeEntryNotAllowed: true, escalationStatus: "Resolved");

        // After the service boards' statuses, so their ids (1–12) stay as they were before the project board.
        state.AddBoardStatus(Projects, "New", isDefault: true);
        state.AddBoardStatus(Projects, "In Progress", escalationStatus: "Responded");
        state.AddBoardStatus(Projects, "Completed", closed: true, timeEntryNotAllowed: true, escalationStatus: "Resolved");

        foreach (var type in new[] { "Server", "Network", "Email", "Workstation" })
        {
            state.AddType(ServiceDesk, type);
        }

        foreach (var type in new[] { "Server", "Network", "Backup", "Security" })
        {
            state.AddType(Alerts, type);
        }

        foreach (var subType in new[] { "Outage", "Performance", "Configuration", "Hardware Failure", "Security", "Request" })
        {
            state.AddSubType(ServiceDesk, subType);
        }

        foreach (var subType in new[] { "Outage", "Performance", "Disk Space", "Backup Failure" })
        {
            state.AddSubType(Alerts, subType);
        }
    }

    private static void SeedPriorities(SandboxState state)
    {
        state.AddPriority("Priority 1 - Emergency Response", 1, "Red", level: "Priority 1");
        state.AddPriority("Priority 2 - Quick Response", 2, "Orange", level: "Priority 2");
        state.AddPriority("Priority 3 - Normal Response", 3, "Yellow", isDefault: true, level: "Priority 3");
        state.AddPriority("Priority 4 - Low", 4, "Green", level: "Priority 4");
        state.AddPriority("Priority 5 - Next Time", 5, "Blue", level: "Priority 5");
        state.AddPriority("Do Not Respond", 6, "Black", level: "NotApplicable");
    }

    private static void SeedCompanies(SandboxState state)
    {
        state.AddCompany("NorthwindDental", "Northwind Dental Group", "+1-555-0100", "Included24x7");
        state.AddCompany("ContosoLaw", "Contoso Law LLP", "+1-555-0110", "AfterHoursBillable");
        state.AddCompany("FabrikamRetail", "Fabrikam Retail", "+1-555-0120", "BusinessHoursOnly");

        state.AddContact("NorthwindDental", "Maria", "Lopez", "maria.lopez@northwinddental.example", "+1-555-0101", "Office Manager");
        state.AddContact("NorthwindDental", "James", "Carter", "james.carter@northwinddental.example", "+1-555-0102", "Practice Owner");
        state.AddContact("ContosoLaw", "Priya", "Shah", "priya.shah@contosolaw.example", "+1-555-0111", "Managing Partner");
        state.AddContact("ContosoLaw", "Tom", "Becker", "tom.becker@contosolaw.example", "+1-555-0112", "IT Liaison");
        state.AddContact("FabrikamRetail", "Lena", "Fischer", "lena.fischer@fabrikamretail.example", "+1-555-0121", "Store Manager");
        state.AddContact("FabrikamRetail", "Omar", "Haddad", "omar.haddad@fabrikamretail.example", "+1-555-0122", "Operations");

        // The device identifier is the host name, not the configuration's name; the switch has none, so a ticket's
        // configuration list shows only its id (a client must read names from /company/configurations).
        state.AddConfiguration("NorthwindDental", "NWD-DC01", "Server", "10.10.0.10", "nwd-dc01.northwind.local");
        state.AddConfiguration("NorthwindDental", "NWD-FS01", "Server", "10.10.0.11", "nwd-fs01.northwind.local");
        state.AddConfiguration("NorthwindDental", "NWD-FW01", "Firewall", "10.10.0.1", "nwd-fw01.northwind.local");
        state.AddConfiguration("ContosoLaw", "CLAW-EXCH01", "Server", "10.20.0.10", "claw-exch01.contosolaw.local");
        state.AddConfiguration("ContosoLaw", "CLAW-SW01", "Switch", "10.20.0.2");
        state.AddConfiguration("FabrikamRetail", "FAB-POS-03", "Workstation", "10.30.1.13", "fab-pos-03.fabrikam.local");
        state.AddConfiguration("FabrikamRetail", "FAB-RTR01", "Router", "10.30.0.1", "fab-rtr01.fabrikam.local");

        state.AddAgreement("NorthwindDental", "Northwind 24x7 Managed Services", "Managed Services 24x7");
        state.AddAgreement("ContosoLaw", "Contoso Managed Services", "Managed Services");
        state.AddAgreement("FabrikamRetail", "Fabrikam Business Hours Support", "Business Hours Support");
    }

    private static void SeedWork(SandboxState state)
    {
        state.AddWorkType("Regular", 1m, isDefault: true);
        state.AddWorkType("After Hours", 1.5m);
        state.AddWorkType("Scheduled After Hours", 1m);
        state.AddWorkType("No Charge", 0m, "NoCharge");
        state.AddWorkRole("Technician", 125m);
        state.AddWorkRole("Engineer", 165m);
    }

    private static void SeedTickets(SandboxState state)
    {
        state.CreateTicket("NorthwindDental", "DC01 not responding - nobody can log in", t => t
            .Priority(1).Type("Server").SubType("Outage").Contact(1).Configuration("NWD-DC01")
            .InitialDescription("Front desk reports that no workstation can log in since 7:40. NWD-DC01 does not answer ping."));
        state.CreateTicket("ContosoLaw", "Email not syncing on partners' phones", t => t
            .Priority(2).Status("Assigned").Owner("bruiz").Type("Email").SubType("Performance").Contact(3).Configuration("CLAW-EXCH01")
            .InitialDescription("Since this morning the partners' phones show no new mail; Outlook on desktops works."));
        state.CreateTicket("FabrikamRetail", "POS terminal 3 slow at checkout", t => t
            .Priority(3).Status("In Progress").Owner("cokafor").Type("Workstation").SubType("Performance").Contact(5).Configuration("FAB-POS-03")
            .InitialDescription("Checkout on FAB-POS-03 takes over a minute per transaction."));
        state.CreateTicket("NorthwindDental", "Printer offline in exam room 2", t => t
            .Priority(4).Status("Waiting Client").Owner("dschmidt").Type("Workstation").SubType("Hardware Failure").Contact(2)
            .InitialDescription("Printer shows offline; asked the client to power-cycle it and report back."));
        state.CreateTicket("NorthwindDental", "[Monitoring] Disk space low on NWD-FS01 (C: 4% free)", t => t
            // No configuration attached (the RMM names the server in the summary only): attached, Northwind's
            // practice-servers rule would page it, and the sample night has one page, for ticket 1.
            .Board(Alerts).Priority(2).Type("Server").SubType("Disk Space")
            .InitialDescription("Monitoring alert: volume C: on NWD-FS01 has 4% free space (threshold 5%)."));

        // Ids 6 and 7: after the service tickets, whose ids tests rely on.
        state.CreateProjectTicket("NorthwindDental", "Server migration \u2013 cut-over", t => t
            .Priority(1).Status("In Progress").Owner("ejohansson").Contact(2).Configuration("NWD-DC01").Configuration("NWD-FS01")
            .InitialDescription("Cut-over to the new host tonight: directory services and the file shares move at 22:00."));
        state.CreateProjectIssue("ContosoLaw", "Mailbox migration \u2013 three partner mailboxes fail to move", t => t
            .Priority(2).Owner("cokafor").Contact(4).Configuration("CLAW-EXCH01")
            .InitialDescription("The move batch stops at 80% for three partners' mailboxes; the rest moved."));
    }
}
