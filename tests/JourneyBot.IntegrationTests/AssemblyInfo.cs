// Every test host runs a Hangfire server, and Hangfire keeps process-wide statics (its global configuration
// and log provider). Hosts starting and stopping in parallel test classes would race on them, so the
// integration tests run one class at a time; each class still starts its own hosts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
