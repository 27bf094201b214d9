using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Features.Verification;
using static Tsunagi.Certificates.Tests.Features.Verification.VerificationIssuances;

namespace Tsunagi.Certificates.Tests.Features.Verification;

public sealed class VerificationCountingTests(VerificationFactory factory) : IClassFixture<VerificationFactory>
{
    [Fact]
    public async Task Each_lookup_is_counted_by_outcome_for_the_metrics()
    {
        var issuance = await AddAsync(factory, Otsuchi);
        var hostMeters = factory.Services.GetRequiredService<IMeterFactory>();
        var counted = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, hostMeters) && instrument.Name == VerificationMetrics.CounterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    counted.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
                }
            }
        });
        listener.Start();
        var client = PublicRequests.Client(factory);

        using var valid = await client.GetAsync($"/api/v1/verify/{issuance.VerificationCode}", TestContext.Current.CancellationToken);
        await PublicRequests.PageAsync(client, $"/m/{Otsuchi}/verify/{issuance.VerificationCode}");
        using var unknown = await client.GetAsync("/api/v1/verify/034614-0000-0000-0000-0000-0000", TestContext.Current.CancellationToken);

        Assert.Equal(2, counted.GetValueOrDefault("valid"));
        Assert.Equal(1, counted.GetValueOrDefault("not-found"));
        Assert.Equal(0, counted.GetValueOrDefault("revoked"));
    }

    [Fact]
    public async Task The_count_is_published_on_the_metrics_endpoint()
    {
        var client = PublicRequests.Client(factory);
        // prometheus-net starts listening to .NET meters at its first scrape (prometheus-net issue 487): a real Prometheus scrapes on a timer.
        await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        using var lookup = await client.GetAsync("/api/v1/verify/034614-0000-0000-0000-0000-0000", TestContext.Current.CancellationToken);

        var metrics = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Contains("tsunagi_certificates_verifications", metrics, StringComparison.Ordinal);
    }
}
