namespace Bridge.Worker.StatusPage;

/// <summary>Where a section sits on a wide screen; on a phone the main column comes first, then the side.</summary>
internal enum StatusColumn
{
    Main,
    Side,
}
