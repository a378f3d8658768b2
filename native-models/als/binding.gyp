{
  "targets": [
    {
      "target_name": "attune_als",
      "sources": ["src/binding.cc", "src/kernels.cc"],
      "include_dirs": ["../common"],
      "cflags!": ["-fno-exceptions", "-O2", "-O3"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17", "-O2"],
      "cflags_cc": ["-std=c++17", "-O3", "-fopenmp-simd", "-fno-math-errno", "-pthread"],
      "ldflags": ["-pthread"],
      "defines": ["NAPI_VERSION=8"],
      "xcode_settings": {
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++17", "-O3", "-fopenmp-simd", "-fno-math-errno"],
        "GCC_ENABLE_CPP_EXCEPTIONS": "NO"
      }
    }
  ]
}
