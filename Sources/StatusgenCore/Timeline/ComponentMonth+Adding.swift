import StatusgenModel

extension ComponentMonth {
    /// Adds one day's figures to the month.
    mutating func add(_ day: ComponentDay) {
        days.append(day.day)
        if day.coveredSeconds + day.maintenanceCoveredSeconds > 0 { daysWithData += 1 }
        coveredSeconds += day.coveredSeconds
        downSeconds += day.downSeconds
        degradedSeconds += day.degradedSeconds
        maintenanceCoveredSeconds += day.maintenanceCoveredSeconds
        maintenanceDownSeconds += day.maintenanceDownSeconds
    }
}
