package org.newslens.attribution;

/**
 * Feature names as 32-bit hashes: a template number mixed with the hash codes of the strings it combines. Java
 * specifies {@link String#hashCode()}, so a model trained on one machine reads the same everywhere; the finaliser
 * is MurmurHash3's fmix32 (Appleby, public domain), which spreads similar inputs apart. With about a million
 * features, a few dozen collide: noise the perceptron absorbs.
 */
final class Hashing {
    private Hashing() {
    }

    static int of(int template, String a) {
        return mix(template * 0x9E3779B9 + a.hashCode());
    }

    static int of(int template, String a, String b) {
        return mix(mix(template * 0x9E3779B9 + a.hashCode()) * 31 + b.hashCode());
    }

    static int of(int template, String a, String b, String c) {
        return mix(mix(mix(template * 0x9E3779B9 + a.hashCode()) * 31 + b.hashCode()) * 31 + c.hashCode());
    }

    static int of(int template, int value) {
        return mix(template * 0x9E3779B9 + value * 0x85EBCA6B);
    }

    static int of(int template, int value, String a) {
        return mix(mix(template * 0x9E3779B9 + value * 0x85EBCA6B) * 31 + a.hashCode());
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
