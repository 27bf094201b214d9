using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Sets <c>tsunagi.tenant_id</c> for PostgreSQL row-level security: on the connection when the context
/// opens it (statements outside a transaction) and transaction-locally when a transaction starts; clears
/// it before the connection returns to the pool so it cannot leak into another request. No tenant → ''
/// → every policy matches nothing. A context disposed with its connection still open (opened by hand)
/// never closes it through EF; for that path the pool's own reset is kept on by
/// <see cref="PersistenceRegistration.BuildPostgresDataSource"/>.
/// </summary>
public sealed class PostgresTenantInterceptor : IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public static PostgresTenantInterceptor Instance { get; } = new();

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SetTenant(connection, null, TenantOf(eventData.Context), local: false);

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await SetTenantAsync(connection, null, TenantOf(eventData.Context), local: false, cancellationToken);

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SetTenant(connection, null, null, local: false);
        return result;
    }

    public async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        await SetTenantAsync(connection, null, null, local: false, CancellationToken.None);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        SetTenant(connection, result, TenantOf(eventData.Context), local: true);
        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await SetTenantAsync(connection, result, TenantOf(eventData.Context), local: true, cancellationToken);
        return result;
    }

    private static string TenantOf(Microsoft.EntityFrameworkCore.DbContext? context) =>
        (context as ITenantScopedContext)?.TenantIdForConnection ?? string.Empty;

    private static void SetTenant(DbConnection connection, DbTransaction? transaction, string? tenantId, bool local)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        using var command = CreateCommand(connection, transaction, tenantId, local);
        command.ExecuteNonQuery();
    }

    private static async Task SetTenantAsync(DbConnection connection, DbTransaction? transaction, string? tenantId, bool local, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        await using var command = CreateCommand(connection, transaction, tenantId, local);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string? tenantId, bool local)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "select set_config('tsunagi.tenant_id', @tenant, @local)";
        var tenant = command.CreateParameter();
        tenant.ParameterName = "tenant";
        tenant.Value = tenantId ?? string.Empty;
        command.Parameters.Add(tenant);
        var isLocal = command.CreateParameter();
        isLocal.ParameterName = "local";
        isLocal.Value = local;
        command.Parameters.Add(isLocal);
        return command;
    }
}
