/// The listening page's script. Static: it reads everything article-specific from the embedded
/// `#player-data` JSON and the page's `data-*` attributes, and writes content only through
/// `textContent`, never as markup.
enum ListeningScript {
    static let source: StaticString = """

        (function () {
          "use strict";
          var dataElement = document.getElementById("player-data");
          var audio = document.getElementById("audio");
          if (!dataElement || !audio) { return; }
          var data = JSON.parse(dataElement.textContent);
          if (!data.levels || data.levels.length === 0) { return; }
          function byId(id) { return document.getElementById(id); }
          function each(selector, action) { Array.prototype.forEach.call(document.querySelectorAll(selector), action); }
          var ui = {
            play: byId("play"), prev: byId("prev"), next: byId("next"), repeat: byId("repeat"), step: byId("step"),
            slower: byId("slower"), faster: byId("faster"), rate: byId("rate"), status: byId("status"),
            now: byId("now"), text: byId("text"), player: document.querySelector(".player")
          };
          var rates = [0.6, 0.75, 0.9, 1, 1.15, 1.3, 1.5];
          var reducedMotion = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;
          var state = {
            level: 0, section: 0, sentence: -1, heading: false, armed: false, repeat: false, step: false,
            rate: 3, seekTo: null, playWhenReady: false, looping: false, lastUserScroll: 0
          };

          each(".js-only", function (element) { element.hidden = false; });
          each(".s", function (element) { element.setAttribute("role", "button"); element.tabIndex = -1; });

          function level() { return data.levels[state.level]; }
          function section() { return level().sections[state.section]; }
          function sectionElement() {
            return document.querySelector('.level-text[data-level="' + state.level + '"] .sec[data-section="' +
              state.section + '"]');
          }
          function sentenceElement(index) {
            var container = sectionElement();
            return container && index >= 0 ? container.querySelector('.s[data-s="' + index + '"]') : null;
          }

          // Polite and brief: only level, chapter, mode and speed changes and the end are announced,
          // never each sentence.
          var announceTimer = 0;
          function announce(message) {
            window.clearTimeout(announceTimer);
            ui.status.textContent = "";
            announceTimer = window.setTimeout(function () { ui.status.textContent = message; }, 100);
          }
          function chapterMessage() {
            var list = level().sections;
            return "Chapter " + (state.section + 1) + " of " + list.length + ": " + section().title;
          }

          function showLevel() {
            each(".level-text, .chapter-list", function (element) {
              element.hidden = Number(element.getAttribute("data-level")) !== state.level;
            });
            each('input[name="level"]', function (input) { input.checked = Number(input.value) === state.level; });
          }
          function markChapter() {
            each(".chapter", function (button) {
              var list = button.closest(".chapter-list");
              var current = Number(list.getAttribute("data-level")) === state.level &&
                Number(button.getAttribute("data-section")) === state.section;
              if (current) { button.setAttribute("aria-current", "true"); } else { button.removeAttribute("aria-current"); }
            });
            ui.now.textContent = section().number + ". " + section().title;
          }
          function updateHash() {
            try {
              history.replaceState(null, "", "#level=" + encodeURIComponent(level().id) + "&chapter=" + section().number);
            } catch (error) { /* file:// pages may refuse; the page works without it */ }
          }
          function readHash() {
            var result = { level: 0, section: 0 };
            var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
            data.levels.forEach(function (candidate, index) { if (candidate.id === params.get("level")) { result.level = index; } });
            var number = Number(params.get("chapter"));
            data.levels[result.level].sections.forEach(function (candidate, index) {
              if (candidate.number === number) { result.section = index; }
            });
            return result;
          }

          function setSource() {
            var current = section();
            Array.prototype.slice.call(audio.querySelectorAll("source, track")).forEach(function (child) {
              audio.removeChild(child);
            });
            if (!current.audio) { audio.removeAttribute("src"); audio.load(); return false; }
            var opus = current.opus && audio.canPlayType('audio/ogg; codecs="opus"') ? current.opus : null;
            audio.src = opus || current.audio;
            if (current.captions) {
              var track = document.createElement("track");
              track.kind = "captions";
              track.src = current.captions;
              track.srclang = data.language;
              track.label = "Captions";
              track.default = true;
              audio.appendChild(track);
            }
            audio.defaultPlaybackRate = rates[state.rate];
            audio.load();
            return true;
          }

          function loadSection(levelIndex, sectionIndex, time, play) {
            highlight(-1);
            setHeading(false);
            state.level = levelIndex;
            state.section = sectionIndex;
            state.armed = false;
            state.seekTo = time > 0 ? time : null;
            state.playWhenReady = play;
            showLevel();
            markChapter();
            ensureTabStop();
            updateHash();
            var playable = setSource();
            ui.play.setAttribute("aria-disabled", playable ? "false" : "true");
            updatePlayButton();
          }

          audio.addEventListener("loadedmetadata", function () {
            audio.playbackRate = rates[state.rate];
            if (state.seekTo !== null) { audio.currentTime = state.seekTo; state.seekTo = null; }
            if (state.playWhenReady) { state.playWhenReady = false; play(); }
            sync();
          });

          function play() {
            var promise = audio.play();
            if (promise && promise.catch) { promise.catch(function () { updatePlayButton(); }); }
          }
          function seek(time) {
            state.armed = false;
            if (audio.readyState >= 1) { audio.currentTime = time; sync(); } else { state.seekTo = time; }
          }
          function playFrom(levelIndex, sectionIndex, time) {
            if (levelIndex === state.level && sectionIndex === state.section && audio.readyState >= 1) {
              seek(time);
              play();
            } else {
              loadSection(levelIndex, sectionIndex, time, true);
            }
          }

          function sentenceIndexAt(time) {
            var list = section().sentences;
            var found = -1;
            for (var index = 0; index < list.length; index += 1) {
              if (list[index][0] <= time + 0.01) { found = index; } else { break; }
            }
            return found;
          }

          // Called every animation frame while playing (timeupdate is too coarse to stop at a
          // sentence end), and after seeks.
          function sync() {
            var current = section();
            if (!current || !current.audio) { return; }
            var time = audio.currentTime;
            var list = current.sentences;
            var index = state.sentence;
            if (state.armed && index >= 0 && !audio.paused && !audio.seeking && time >= list[index][1] - 0.03) {
              state.armed = false;
              if (state.repeat) { audio.currentTime = list[index][0]; return; }
              if (state.step) { audio.pause(); return; }
            }
            index = sentenceIndexAt(time);
            setHeading(index < 0 && !!current.announcement);
            highlight(index);
            if (index >= 0 && time >= list[index][0] - 0.01 && time < list[index][1] - 0.03) { state.armed = true; }
          }

          function loop() {
            sync();
            if (audio.paused) { state.looping = false; } else { window.requestAnimationFrame(loop); }
          }

          function highlight(index) {
            if (index === state.sentence) { return; }
            var old = sentenceElement(state.sentence);
            if (old) { old.classList.remove("current"); old.removeAttribute("aria-current"); }
            state.sentence = index;
            var element = sentenceElement(index);
            if (!element) { return; }
            element.classList.add("current");
            element.setAttribute("aria-current", "true");
            makeTabStop(element);
            keepInView(element);
          }
          function setHeading(on) {
            var container = sectionElement();
            var heading = container ? container.querySelector("h2") : null;
            if (!heading || on === state.heading) { return; }
            state.heading = on;
            heading.classList.toggle("current", on);
            if (on) { keepInView(heading); }
          }

          // The text is one tab stop: the current sentence; arrow keys move between sentences.
          function makeTabStop(element) {
            each('.s[tabindex="0"]', function (other) { if (other !== element) { other.tabIndex = -1; } });
            element.tabIndex = 0;
          }

          // Keeps one tab stop in the shown text after a level or chapter change: the chapter's first sentence.
          function ensureTabStop() {
            if (document.querySelector('.level-text:not([hidden]) .s[tabindex="0"]')) { return; }
            var container = sectionElement();
            var first = (container && container.querySelector(".s")) || document.querySelector(".level-text:not([hidden]) .s");
            if (first) { makeTabStop(first); }
          }

          // Scrolls the sentence just below the sticky player, unless the reader scrolled recently.
          function keepInView(element) {
            if (Date.now() - state.lastUserScroll < 4000) { return; }
            var cover = 0;
            if (ui.player && window.getComputedStyle(ui.player).position === "sticky") {
              var box = ui.player.getBoundingClientRect();
              if (box.top <= 1) { cover = box.bottom; }
            }
            var rect = element.getBoundingClientRect();
            if (rect.top >= cover + 8 && rect.bottom <= window.innerHeight - 8) { return; }
            var height = ui.player ? ui.player.getBoundingClientRect().height : 0;
            document.documentElement.style.setProperty("--player-space", Math.ceil(height + 24) + "px");
            var smooth = !(reducedMotion && reducedMotion.matches);
            element.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
          }
          window.addEventListener("wheel", function () { state.lastUserScroll = Date.now(); }, { passive: true });
          window.addEventListener("touchmove", function () { state.lastUserScroll = Date.now(); }, { passive: true });

          function updatePlayButton() {
            var playing = !audio.paused && !audio.ended;
            ui.play.textContent = playing ? "Pause" : "Play";
          }
          function updateToggles() {
            ui.repeat.setAttribute("aria-pressed", state.repeat ? "true" : "false");
            ui.step.setAttribute("aria-pressed", state.step ? "true" : "false");
          }
          function setRate(index, speak) {
            state.rate = Math.max(0, Math.min(rates.length - 1, index));
            audio.defaultPlaybackRate = rates[state.rate];
            audio.playbackRate = rates[state.rate];
            ui.rate.textContent = rates[state.rate] + "×";
            ui.slower.setAttribute("aria-disabled", state.rate === 0 ? "true" : "false");
            ui.faster.setAttribute("aria-disabled", state.rate === rates.length - 1 ? "true" : "false");
            if (speak) { announce("Speed " + rates[state.rate] + " times normal."); }
          }

          audio.addEventListener("play", function () {
            updatePlayButton();
            if (!state.looping) { state.looping = true; window.requestAnimationFrame(loop); }
          });
          audio.addEventListener("pause", updatePlayButton);
          audio.addEventListener("seeked", sync);
          audio.addEventListener("timeupdate", sync);
          audio.addEventListener("error", function () {
            if (audio.getAttribute("src")) { announce("Sorry, the audio of this chapter could not be played."); }
          });
          audio.addEventListener("ended", function () {
            var list = section().sentences;
            if (state.repeat && state.sentence >= 0) { audio.currentTime = list[state.sentence][0]; play(); return; }
            if (state.section + 1 < level().sections.length) {
              loadSection(state.level, state.section + 1, 0, !state.step);
              announce(chapterMessage());
            } else {
              announce("End of the article.");
            }
            updatePlayButton();
          });

          ui.play.addEventListener("click", function () {
            if (ui.play.getAttribute("aria-disabled") === "true") { return; }
            if (audio.paused || audio.ended) { play(); } else { audio.pause(); }
          });
          ui.prev.addEventListener("click", function () {
            var list = section().sentences;
            var index = sentenceIndexAt(audio.currentTime);
            // Within a sentence (or paused after it), Back plays it again; at its start, the one before.
            if (index >= 0 && audio.currentTime > list[index][0] + 1) {
              seek(list[index][0]);
            } else if (index > 0) {
              seek(list[index - 1][0]);
            } else if (state.section > 0) {
              var previous = level().sections[state.section - 1].sentences;
              loadSection(state.level, state.section - 1, previous.length ? previous[previous.length - 1][0] : 0, !audio.paused);
              announce(chapterMessage());
              return;
            } else {
              seek(0);
            }
            play();
          });
          ui.next.addEventListener("click", function () {
            var list = section().sentences;
            var index = sentenceIndexAt(audio.currentTime);
            if (index + 1 < list.length) {
              seek(list[index + 1][0]);
              play();
            } else if (state.section + 1 < level().sections.length) {
              loadSection(state.level, state.section + 1, 0, true);
              announce(chapterMessage());
            }
          });
          ui.repeat.addEventListener("click", function () {
            state.repeat = !state.repeat;
            if (state.repeat) { state.step = false; }
            updateToggles();
            announce(state.repeat ? "Repeat sentence on." : "Repeat sentence off.");
          });
          ui.step.addEventListener("click", function () {
            state.step = !state.step;
            if (state.step) { state.repeat = false; }
            updateToggles();
            announce(state.step ? "Pause after each sentence on." : "Pause after each sentence off.");
          });
          ui.slower.addEventListener("click", function () { if (state.rate > 0) { setRate(state.rate - 1, true); } });
          ui.faster.addEventListener("click", function () {
            if (state.rate < rates.length - 1) { setRate(state.rate + 1, true); }
          });

          each('input[name="level"]', function (input) {
            input.addEventListener("change", function () {
              if (!input.checked) { return; }
              var target = Number(input.value);
              var playing = !audio.paused;
              loadSection(target, Math.min(state.section, data.levels[target].sections.length - 1), 0, playing);
              announce(level().title + ". " + chapterMessage());
            });
          });
          document.querySelector(".chapters").addEventListener("click", function (event) {
            var button = event.target.closest(".chapter");
            if (!button) { return; }
            loadSection(state.level, Number(button.getAttribute("data-section")), 0, true);
            announce(chapterMessage());
          });

          function sentenceTarget(event) {
            var element = event.target.closest ? event.target.closest(".s") : null;
            return element && ui.text.contains(element) ? element : null;
          }
          function playSentence(element) {
            var levelIndex = Number(element.closest(".level-text").getAttribute("data-level"));
            var sectionIndex = Number(element.closest(".sec").getAttribute("data-section"));
            var sentence = data.levels[levelIndex].sections[sectionIndex].sentences[Number(element.getAttribute("data-s"))];
            if (sentence) { playFrom(levelIndex, sectionIndex, sentence[0]); }
          }
          ui.text.addEventListener("click", function (event) {
            var element = sentenceTarget(event);
            // A click that ends a text selection is not a request to play.
            if (!element || String(window.getSelection ? window.getSelection() : "").length > 0) { return; }
            playSentence(element);
          });
          ui.text.addEventListener("keydown", function (event) {
            var element = sentenceTarget(event);
            if (!element) { return; }
            if (event.key === "Enter" || event.key === " ") {
              event.preventDefault();
              playSentence(element);
              return;
            }
            var all = Array.prototype.slice.call(document.querySelectorAll('.level-text:not([hidden]) .s'));
            var position = all.indexOf(element);
            var target = null;
            if (event.key === "ArrowDown" || event.key === "ArrowRight") { target = all[position + 1]; }
            if (event.key === "ArrowUp" || event.key === "ArrowLeft") { target = all[position - 1]; }
            if (event.key === "Home") { target = all[0]; }
            if (event.key === "End") { target = all[all.length - 1]; }
            if (target) {
              event.preventDefault();
              makeTabStop(target);
              target.focus();
            }
          });

          var start = readHash();
          setRate(3, false);
          updateToggles();
          loadSection(start.level, start.section, 0, false);
        })();

        """
}
