#include <opus/opusenc.h>

/* Swift cannot call C variadic functions such as ope_encoder_ctl, so integer settings
   (bit rate, complexity, signal type, Ogg serial number) go through this fixed-arity wrapper. */
static inline int plainspeak_ope_encoder_ctl_int(OggOpusEnc *enc, int request, int value) {
    return ope_encoder_ctl(enc, request, value);
}
