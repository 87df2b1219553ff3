print("sujarit-bench-eventstore: work in progress")
