using Tsunagi.EndToEnd.Infrastructure;

// One server and one browser for the whole run (the lane must stay fast on two shared cores).
[assembly: AssemblyFixture(typeof(EndToEndFixture))]
