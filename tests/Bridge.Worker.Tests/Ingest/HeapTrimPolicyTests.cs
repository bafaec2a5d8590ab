using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class HeapTrimPolicyTests
{
    private const long Mb = 1024 * 1024;

    [Theory]
    [InlineData(64 * Mb, 0, true)]
    [InlineData(500 * Mb, 20, true)]
    [InlineData(500 * Mb, 21, false)]
    [InlineData(63 * Mb, 0, false)]
    [InlineData(0, 0, false)]
    public void ShouldTrim_AllocatedAndCallbacks_TrimsOnlyAfterABurstOnceCallbacksTrickle(long allocated, long callbacks, bool expected)
    {
        Assert.Equal(expected, HeapTrimPolicy.Default.ShouldTrim(allocated, callbacks));
    }
}
