import MHHSCatalogue

/// The requests the server sent the client and has no answer to yet, by id, each with what it
/// was for: a response is matched to its request by id, never taken for a request itself.
struct OutgoingRequests<Purpose> {
  private var waiting: [Int: Purpose] = [:]
  private var nextID = 1

  /// Remembers a request for `purpose`; returns the id to send it with.
  mutating func issue(_ purpose: Purpose) -> Int {
    defer { nextID += 1 }
    waiting[nextID] = purpose
    return nextID
  }

  /// What a response answers, and its outcome (the `result`, `nil` when absent, or the error's
  /// message); `nil` for a response to nothing the server asked (or asked and had answered).
  mutating func resolve(_ response: JSONValue) -> (purpose: Purpose, outcome: Result<JSONValue?, Failure>)? {
    guard let id = response[value: "id"]?.intValue, let purpose = waiting.removeValue(forKey: id) else {
      return nil
    }
    if let error = response[value: "error"] {
      return (purpose, .failure(Failure(message: error[value: "message"]?.stringValue ?? "")))
    }
    return (purpose, .success(response[value: "result"]))
  }

  /// An error response from the client.
  struct Failure: Error {
    var message: String
  }
}

extension JSONValue {
  /// Whether this message is a response: an `id` with a `result` or an `error`, and no `method`.
  var isResponse: Bool {
    self[value: "method"] == nil && self[value: "id"] != nil
      && (self[value: "result"] != nil || self[value: "error"] != nil)
  }
}
