#pragma once

#include "anonymousmemory.h"

#include <QtGlobal>

#include <cstddef>
#include <type_traits>
#include <utility>

// A fixed array of T whose every byte starts at zero, in AnonymousMemory: the kernel maps a
// page only when it is first touched, so creating a million elements costs nothing on the
// thread that creates them (the window's thread, as a run starts); whoever first writes an
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
        // Implicit-lifetime objects: zero-filled pages from mmap are T's created in place.
        m_data = static_cast<T *>(AnonymousMemory::map(bytes()));
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
            AnonymousMemory::unmap(m_data, bytes());
    }

    qsizetype size() const { return m_count; }
    T &operator[](qsizetype i) { return m_data[i]; }
    const T &operator[](qsizetype i) const { return m_data[i]; }

private:
    std::size_t bytes() const { return std::size_t(m_count) * sizeof(T); }

    T *m_data = nullptr;
    qsizetype m_count = 0;
};
