#pragma once

#include <QtGlobal>

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include <sys/mman.h>

// A fixed array of T whose every byte starts at zero, in fresh anonymous memory: the kernel
// maps a page only when it is first touched, so creating a million elements costs nothing on
// the thread that creates them (the window's thread, as a run starts); whoever first writes an
// element pays for its page. T must be an aggregate whose all-zero bytes are its initial state.
template<typename T> class ZeroedArray
{
    static_assert(std::is_trivially_destructible_v<T>);
    static_assert(std::is_aggregate_v<T> || std::is_trivially_default_constructible_v<T>);

public:
    ZeroedArray() = default;
    explicit ZeroedArray(qsizetype count)
        : m_count(count > 0 ? count : 0)
    {
        if (m_count == 0)
            return;
        void *memory = ::mmap(nullptr, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        // A run of a million jobs touches every page of it once: in 2 MB pages where the
        // kernel has them, that is one fault where there would be 512.
        if (bytes() >= hugePageBytes)
            ::madvise(memory, bytes(), MADV_HUGEPAGE);
        // Implicit-lifetime objects: zero-filled pages from mmap are T's created in place.
        m_data = static_cast<T *>(memory);
    }
    ZeroedArray(const ZeroedArray &) = delete;
    ZeroedArray &operator=(const ZeroedArray &) = delete;
    ZeroedArray(ZeroedArray &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_count(std::exchange(other.m_count, 0))
    { }
    ZeroedArray &operator=(ZeroedArray &&other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_count, other.m_count);
        return *this;
    }
    ~ZeroedArray()
    {
        if (m_data)
            ::munmap(m_data, bytes());
    }

    qsizetype size() const { return m_count; }
    T &operator[](qsizetype i) { return m_data[i]; }
    const T &operator[](qsizetype i) const { return m_data[i]; }

private:
    static constexpr std::size_t hugePageBytes = 2 * 1024 * 1024;
    std::size_t bytes() const { return std::size_t(m_count) * sizeof(T); }

    T *m_data = nullptr;
    qsizetype m_count = 0;
};
