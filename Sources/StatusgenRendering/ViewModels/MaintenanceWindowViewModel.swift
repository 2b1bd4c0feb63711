import StatusgenModel

/// The planned window of a maintenance; the end leaves out its date when it is the start's day.
struct MaintenanceWindowViewModel {
    let start: TimeViewModel
    let end: TimeViewModel

    init(_ window: MaintenanceWindow, _ context: RenderingContext) {
        start = context.timeViewModel(window.starts)
        let end = context.timeViewModel(window.ends)
        if context.time.isSameDay(window.starts, window.ends) {
            self.end = TimeViewModel(text: context.time.time(window.ends), datetime: end.datetime)
        } else {
            self.end = end
        }
    }
}
