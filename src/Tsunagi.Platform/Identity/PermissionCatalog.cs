using System.Collections.Frozen;

namespace Tsunagi.Platform.Identity;

/// <summary>Every permission declared by the platform and the modules. Unknown permission names are refused (deny by default).</summary>
public sealed class PermissionCatalog
{
    private readonly FrozenDictionary<string, Permission> _byName;

    public PermissionCatalog(IEnumerable<IPermissionSource> sources)
    {
        var all = sources.SelectMany(s => s.Permissions).ToList();
        var duplicate = all.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is declared twice.");
        }

        _byName = all.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IEnumerable<Permission> All => _byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    public Permission? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<Permission> GrantedTo(StandardRole role) => All.Where(p => p.GrantedTo.Contains(role));
}
