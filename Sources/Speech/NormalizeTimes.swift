/// Clock times eSpeak NG misreads: "10:00" → "10 o'clock" ("ten zero zero" otherwise, and just
/// "10" before am/pm), "7:05" → "7 oh 5" ("seven zero five"). Other times ("2:30") are left alone:
/// eSpeak already says "two thirty".
struct NormalizeTimes: NormalizeRule {
    let oclock: String?
    let oh: String?

    func rewrites(in text: ScalarText) -> [SpeechRewrite] {
        var result: [SpeechRewrite] = []
        for start in text.numberStarts() {
            var colon = start
            while ScalarText.isDigit(text[colon]) { colon += 1 }
            guard colon - start <= 2, text[colon] == ":", ScalarText.isDigit(text[colon + 1]),
                ScalarText.isDigit(text[colon + 2]), !ScalarText.isWord(text[colon + 3]), text[colon + 3] != ":"
            else { continue }
            let hourText = text.string(start..<colon)
            guard let hour = Int(hourText), hour <= 24, let first = text[colon + 1], let second = text[colon + 2] else {
                continue
            }
            let tens = Int(first.value) - 48
            let units = Int(second.value) - 48
            guard tens <= 5 else { continue }
            let spoken: String
            if tens == 0 && units == 0 {
                guard let oclock else { continue }
                spoken = followedByMeridiem(text, after: colon + 3) ? hourText : "\(hourText) \(oclock)"
            } else if tens == 0 {
                guard let oh else { continue }
                spoken = "\(hourText) \(oh) \(units)"
            } else {
                continue
            }
            result.append(SpeechRewrite(range: start..<colon + 3, spoken: spoken, rule: .normalization("time")))
        }
        return result
    }

    private func followedByMeridiem(_ text: ScalarText, after index: Int) -> Bool {
        var next = index
        if text[next] == " " { next += 1 }
        let letters = text.string(next..<min(text.count, next + 4)).lowercased()
        return ["am", "pm", "a.m.", "p.m."].contains { letters.hasPrefix($0) }
            && !ScalarText.isLetter(text[next + ((letters.hasPrefix("a.m.") || letters.hasPrefix("p.m.")) ? 4 : 2)])
    }
}
